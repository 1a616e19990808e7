// <samspil-chart>: draws any Apache ECharts option the server sends as JSON (property `option`).
// Every text is translated on the server. Two conventions keep the server free of JavaScript:
// a string value "--samspil-..." is replaced by that CSS custom property from samspil.css (band
// colours), and clicking a data item that has an `id` dispatches `chart-click` with that id.
import { LitElement, css, html, type PropertyValues } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

// used when samspil.css is not loaded, e.g. when the element is shown on its own
const FALLBACK: Record<string, string> = {
  '--samspil-band-high': '#2f7d3f',
  '--samspil-band-middle': '#f2b233',
  '--samspil-band-low': '#c23b3b',
  '--samspil-suppressed': '#c9ced3',
};

export class SamspilChart extends LitElement {
  static properties = { option: { type: String } };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 240px;
    }
    #chart {
      position: absolute;
      inset: 0;
    }
  `;

  declare option?: string;

  private chart?: echarts.ECharts;
  private readonly resizer = new ResizeObserver(() => this.chart?.resize());

  render() {
    return html`<div id="chart"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    this.resizer.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  protected updated(_changed: PropertyValues) {
    const container = this.renderRoot.querySelector<HTMLDivElement>('#chart');
    if (!container || !this.option) {
      return;
    }
    if (!this.chart) {
      // re-created after the element was moved: dispose() released the old instance
      this.chart = echarts.init(container, undefined, { renderer: 'svg' });
      this.chart.on('click', (params) => {
        const id = (params.data as { id?: string } | null | undefined)?.id;
        if (id !== undefined) {
          this.dispatchEvent(new CustomEvent('chart-click', { detail: { id } }));
        }
      });
    }
    const option = this.resolve(JSON.parse(this.option)) as Record<string, unknown>;
    // people who asked their system for less motion get the chart drawn at once (WCAG 2.3.3)
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      option.animation = false;
    }
    this.chart.setOption(option as echarts.EChartsCoreOption, true);
  }

  private resolve(value: unknown): unknown {
    if (typeof value === 'string' && value.startsWith('--samspil-')) {
      return getComputedStyle(this).getPropertyValue(value).trim() || FALLBACK[value] || '#888888';
    }
    if (Array.isArray(value)) {
      return value.map((item) => this.resolve(item));
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.resolve(item)]));
    }
    return value;
  }
}

customElements.define('samspil-chart', SamspilChart);
