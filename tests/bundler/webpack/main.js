// The entry of a webpack 5 app: importing the package defines <gov-report-chart>.
import { GovReportChart } from 'gov-report-chart';

if (customElements.get('gov-report-chart') !== GovReportChart) {
  throw new Error('importing gov-report-chart did not define <gov-report-chart>');
}
