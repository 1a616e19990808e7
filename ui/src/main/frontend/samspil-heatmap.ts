// <samspil-heatmap>: draws a relation matrix with Apache ECharts. The server sends `data` with every
// text already translated; this element only maps bands to the colours defined in samspil.css, and
// reports a click on a cell as `cell-click` with the row (rater) and column (target) index.
import { LitElement, css, html, type PropertyValues } from 'lit';
import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { FONT_FAMILY, fontReady } from './samspil-font';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, SVGRenderer]);

type Band = 'high' | 'middle' | 'low' | 'suppressed';

interface HeatmapCell {
  rater: number;
  target: number;
  band: Band;
  within: boolean;
  label: string;
  tooltip: string;
}

interface HeatmapData {
  raters: string[];
  targets: string[];
  cells: HeatmapCell[];
  raterAxis: string;
  targetAxis: string;
}

// used when samspil.css is not loaded, e.g. when the element is shown on its own
const FALLBACK: Record<Band, [string, string]> = {
  high: ['#2f7d3f', '#ffffff'],
  middle: ['#f2b233', '#1f1f1f'],
  low: ['#c23b3b', '#ffffff'],
  suppressed: ['#c9ced3', '#2b2b2b'],
};

const HATCHING = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: -Math.PI / 4,
  color: 'rgba(0, 0, 0, 0.2)',
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export class SamspilHeatmap extends LitElement {
  static properties = { data: { attribute: false } };

  static styles = css`
    :host {
      display: block;
      position: relative;
    }
    #chart {
      position: absolute;
      inset: 0;
    }
  `;

  declare data?: HeatmapData;

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
    void fontReady.then(() => this.draw());
  }

  private draw() {
    const container = this.renderRoot.querySelector<HTMLDivElement>('#chart');
    if (!container || !this.data) {
      return;
    }
    if (!this.chart) {
      // re-created after the element was moved: dispose() released the old instance
      this.chart = echarts.init(container, undefined, { renderer: 'svg' });
      // a click on a cell asks the server for that relation's profile and development
      this.chart.on('click', (params) => {
        const value = (params.data as { value?: number[] } | null | undefined)?.value;
        if (params.seriesIndex === 0 && value) {
          this.dispatchEvent(new CustomEvent('cell-click', { detail: { rater: value[1], target: value[0] } }));
        }
      });
    }
    this.chart.setOption({ textStyle: { fontFamily: FONT_FAMILY }, ...this.option(this.data) } as echarts.EChartsCoreOption, true);
  }

  private colours(band: Band): [string, string] {
    const style = getComputedStyle(this);
    const fill = style.getPropertyValue(`--samspil-band-${band}`).trim();
    const text = style.getPropertyValue(`--samspil-band-${band}-text`).trim();
    if (band === 'suppressed') {
      const grey = style.getPropertyValue('--samspil-suppressed').trim();
      const ink = style.getPropertyValue('--samspil-suppressed-text').trim();
      return [grey || FALLBACK.suppressed[0], ink || FALLBACK.suppressed[1]];
    }
    return [fill || FALLBACK[band][0], text || FALLBACK[band][1]];
  }

  private option(data: HeatmapData): echarts.EChartsCoreOption {
    const cells = data.cells.map((cell) => {
      const [fill, ink] = this.colours(cell.band);
      return {
        value: [cell.target, cell.rater, 1],
        tooltip: cell.tooltip,
        itemStyle: {
          color: fill,
          borderColor: '#ffffff',
          borderWidth: 1,
          // suppressed cells are hatched, so they stand apart without colour too
          ...(cell.band === 'suppressed' ? { decal: HATCHING } : {}),
        },
        label: { show: true, formatter: cell.label, color: ink, fontSize: 12, lineHeight: 16 },
      };
    });
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params: { data: { tooltip: string } }) => escapeHtml(params.data.tooltip),
      },
      // ECharts 6 shrinks the grid until axis labels and names fit, and moves names clear of labels
      grid: { left: 8, right: 24, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      xAxis: {
        type: 'category',
        data: data.targets,
        position: 'top',
        name: data.targetAxis,
        nameLocation: 'middle',
        nameGap: 12,
        nameTextStyle: { fontWeight: 'bold' },
        axisLabel: { interval: 0, rotate: 30, fontSize: 12 },
        splitArea: { show: false },
      },
      yAxis: {
        type: 'category',
        data: data.raters,
        // first rating group on top, as in a table
        inverse: true,
        name: data.raterAxis,
        nameLocation: 'middle',
        nameGap: 12,
        nameTextStyle: { fontWeight: 'bold' },
        axisLabel: { interval: 0, fontSize: 12 },
      },
      series: [
        { type: 'heatmap', data: cells, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 2 } } },
        {
          // the diagonal has its own thresholds: a dark frame, drawn over the cells so no neighbour hides it
          type: 'heatmap',
          silent: true,
          tooltip: { show: false },
          data: data.cells.filter((cell) => cell.within).map((cell) => [cell.target, cell.rater, 1]),
          itemStyle: { color: 'transparent', borderColor: '#1f1f1f', borderWidth: 2 },
          label: { show: false },
        },
      ],
    };
  }
}

customElements.define('samspil-heatmap', SamspilHeatmap);
