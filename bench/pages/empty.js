// The harness's floor: an 800x500 CSS px canvas at the device pixel ratio, filled once, no library,
// no data. Signals "drawn" the same way the peers' pages do.
(() => {
  const box = document.getElementById('chart');
  const canvas = document.getElementById('c');
  const dpr = window.devicePixelRatio || 1;
  const w = box.clientWidth;
  const h = box.clientHeight;
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f6f8fa';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  document.dispatchEvent(new CustomEvent('bench-drawn'));
})();
