// The timeline: events per day as a histogram, with a brush that selects a date range.
import { max } from 'd3-array';
import { axisBottom } from 'd3-axis';
import { brushX } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { utcDay } from 'd3-time';

const DAY_MS = 86400000;
const parseDay = (s) => new Date(`${s}T00:00:00Z`);
const formatDay = (d) => d.toISOString().slice(0, 10);

export class Timeline {
  // onRange(from, to) with YYYY-MM-DD strings, or (null, null) when the brush is cleared.
  constructor(container, onRange) {
    this.container = container;
    this.onRange = onRange;
    this.data = [];
    this.range = null;
    this.silent = false;
    new ResizeObserver(() => this.draw()).observe(container);
  }

  setData(eventsByDay) {
    this.data = (eventsByDay || []).map((d) => ({ day: parseDay(d.day), count: d.count }));
    this.draw();
  }

  setRange(from, to) {
    this.range = from || to ? [from, to] : null;
    this.moveBrush();
  }

  draw() {
    const el = this.container;
    const width = el.clientWidth || 600;
    const height = el.clientHeight || 120;
    const m = { top: 8, right: 16, bottom: 22, left: 16 };
    select(el).selectAll('*').remove();
    const svg = select(el).append('svg').attr('width', width).attr('height', height).attr('class', 'timeline-svg');
    if (!this.data.length) return;
    let lo = this.data[0].day;
    let hi = utcDay.offset(this.data[this.data.length - 1].day, 1);
    if (hi - lo < 30 * DAY_MS) {
      lo = utcDay.offset(lo, -15);
      hi = utcDay.offset(hi, 15);
    }
    const x = scaleUtc().domain([lo, hi]).range([m.left, width - m.right]);
    const y = scaleLinear().domain([0, max(this.data, (d) => d.count) || 1]).nice().range([height - m.bottom, m.top]);
    const barWidth = Math.max(2, x(utcDay.offset(lo, 1)) - x(lo) - 0.5);
    svg.append('g').attr('class', 'bars').selectAll('rect').data(this.data).join('rect')
      .attr('x', (d) => x(d.day)).attr('width', barWidth)
      .attr('y', (d) => y(d.count)).attr('height', (d) => y(0) - y(d.count))
      .append('title').text((d) => `${formatDay(d.day)}: ${d.count}`);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - m.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    this.x = x;
    this.brush = brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
      .on('end', (ev) => {
        if (this.silent || !ev.sourceEvent) return;
        if (!ev.selection) {
          this.range = null;
          this.onRange(null, null);
          return;
        }
        const [a, b] = ev.selection.map((px) => utcDay.floor(x.invert(px)));
        this.range = [formatDay(a), formatDay(b)];
        this.onRange(this.range[0], this.range[1]);
      });
    this.brushG = svg.append('g').attr('class', 'brush').call(this.brush);
    this.moveBrush();
  }

  moveBrush() {
    if (!this.brush || !this.brushG) return;
    this.silent = true;
    if (this.range) {
      const [lo, hi] = this.x.domain();
      const a = this.range[0] ? parseDay(this.range[0]) : lo;
      const b = this.range[1] ? parseDay(this.range[1]) : hi;
      this.brushG.call(this.brush.move, [this.x(a), this.x(b)]);
    } else {
      this.brushG.call(this.brush.move, null);
    }
    this.silent = false;
  }
}
