#!/usr/bin/env python3
"""Validate the expected-figure tables of the test corpus.

For every NN-slug.tsv in this directory, checks it against NN-slug.txt (UTF-8)
and, if present, against NN-slug.gbk.txt (decoded as GB18030; the GBK twin
shares the table of its UTF-8 twin).

Checks: exact header; 7 columns per row; anchor non-empty, without tab or line
break, occurring exactly once in the text; figure non-empty, occurring exactly
once in the anchor; value is a decimal number or a range lo~hi; unit non-empty;
year is 4 digits or '-'; role is result/estimate/target; period is empty or one
of H1, H2, Q1..Q4, Q1-Q3 (any Qa-Qb), M1-Mn, Ya-Yb (for Ya-Yb the year column
must be b). Also cross-checks that a figure written with digits starts with the
value's number (sign and range aside).

Usage: python3 check_tables.py [DIR]     (exit status 1 if any problem)
"""
import os
import re
import sys
from collections import Counter

HEADER = ['anchor', 'figure', 'value', 'unit', 'year', 'role', 'period']
ROLES = ('result', 'estimate', 'target')
NUM = r'-?\d+(?:\.\d+)?'
VALUE_RE = re.compile(rf'^{NUM}(?:~{NUM})?$')
PERIOD_RE = re.compile(r'^(?:H[12]|Q[1-4]|Q[1-4]-Q[1-4]|M(?:[1-9]|1[0-2])-M(?:[1-9]|1[0-2])|M(?:[1-9]|1[0-2])|Y\d{4}-Y\d{4})$')
FULLWIDTH = str.maketrans('０１２３４５６７８９．', '0123456789.')


def count_overlapping(hay, needle):
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def leading_number(fig):
    f = fig.translate(FULLWIDTH).replace(' ', '')
    f = re.sub(r'(?<=\d),(?=\d)', '', f)
    m = re.match(r'\d+(?:\.\d+)?', f)
    return m.group(0) if m else None


def check_rows(rows, text, label):
    problems = []
    seen = set()
    for ln, row in rows:
        where = f'{label}:{ln}'
        if len(row) != 7:
            problems.append(f'{where}: expected 7 columns, got {len(row)}')
            continue
        anchor, fig, value, unit, year, role, period = row
        if not anchor or '\n' in anchor or '\r' in anchor:
            problems.append(f'{where}: empty anchor or anchor with a line break')
            continue
        c = count_overlapping(text, anchor)
        if c != 1:
            problems.append(f'{where}: anchor {anchor!r} occurs {c} times in text')
        if anchor in seen:
            problems.append(f'{where}: duplicate anchor {anchor!r}')
        seen.add(anchor)
        if not fig:
            problems.append(f'{where}: empty figure')
        else:
            c = count_overlapping(anchor, fig)
            if c != 1:
                problems.append(f'{where}: figure {fig!r} occurs {c} times in anchor {anchor!r}')
        if not VALUE_RE.match(value):
            problems.append(f'{where}: value {value!r} is not a number or lo~hi range')
        else:
            lead = leading_number(fig)
            first = value.lstrip('-').split('~')[0]
            if lead is not None and float(lead) != float(first):
                problems.append(f'{where}: figure {fig!r} starts with {lead}, value is {value}')
        if not unit:
            problems.append(f'{where}: empty unit')
        if not (year == '-' or re.fullmatch(r'\d{4}', year)):
            problems.append(f'{where}: bad year {year!r}')
        if role not in ROLES:
            problems.append(f'{where}: bad role {role!r}')
        if period and not PERIOD_RE.match(period):
            problems.append(f'{where}: bad period {period!r}')
        if period.startswith('Y') and year != period[-4:]:
            problems.append(f'{where}: period {period} but year {year}')
    return problems


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tsvs = sorted(f for f in os.listdir(d) if f.endswith('.tsv'))
    all_problems = []
    total = Counter()
    nfig = 0
    ntext = 0
    for t in tsvs:
        stem = t[:-4]
        label = t
        raw = open(os.path.join(d, t), encoding='utf-8').read()
        lines = raw.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        problems = []
        if not lines or lines[0].split('\t') != HEADER:
            problems.append(f'{label}: header must be ' + '\\t'.join(HEADER))
        rows = [(i + 1, l.split('\t')) for i, l in enumerate(lines[1:], 1)]
        txt_path = os.path.join(d, stem + '.txt')
        if not os.path.exists(txt_path):
            problems.append(f'{label}: no text {stem}.txt')
            text = None
        else:
            text = open(txt_path, encoding='utf-8').read()
            ntext += 1
            problems += check_rows(rows, text, label)
        gbk_path = os.path.join(d, stem + '.gbk.txt')
        twin = ''
        if os.path.exists(gbk_path):
            ntext += 1
            try:
                gtext = open(gbk_path, 'rb').read().decode('gb18030')
            except UnicodeDecodeError as e:
                problems.append(f'{stem}.gbk.txt: not GB18030: {e}')
            else:
                problems += check_rows(rows, gtext, stem + '.gbk.txt')
                if text is not None and gtext != text:
                    problems.append(f'{stem}.gbk.txt: text differs from {stem}.txt')
                twin = ' (+ GBK twin)'
        roles = Counter(r[5] for _, r in rows if len(r) == 7)
        periods = sum(1 for _, r in rows if len(r) == 7 and r[6])
        unknown = sum(1 for _, r in rows if len(r) == 7 and r[4] == '-')
        total.update(roles)
        nfig += len(rows)
        status = 'OK ' if not problems else 'BAD'
        print(f'{status} {stem}{twin}: {len(rows)} figures '
              f'(result {roles["result"]}, estimate {roles["estimate"]}, target {roles["target"]}; '
              f'with period {periods}; year unknown {unknown})')
        for p in problems:
            print('    ' + p)
        all_problems += problems
    # texts without a table
    for f in sorted(os.listdir(d)):
        if f.endswith('.txt') and not f.endswith('.gbk.txt') and not os.path.exists(os.path.join(d, f[:-4] + '.tsv')):
            all_problems.append(f'{f}: no table')
            print(f'BAD {f}: no table')
        if f.endswith('.gbk.txt') and not os.path.exists(os.path.join(d, f[:-8] + '.tsv')):
            all_problems.append(f'{f}: no twin table')
            print(f'BAD {f}: no twin table')
    print(f'\n{len(tsvs)} tables, {ntext} text files, {nfig} figures '
          f'(result {total["result"]}, estimate {total["estimate"]}, target {total["target"]}); '
          f'{len(all_problems)} problem(s)')
    return 1 if all_problems else 0


if __name__ == '__main__':
    sys.exit(main())
