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
import { FONT_FAMILY, fontReady } from './samspil-font';

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

// Apache ECharts ships no Danish: its month names and screen-reader sentences, as a Danish page writes them
echarts.registerLocale('DA', {
  time: {
    month: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    monthAbbr: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    dayOfWeek: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    dayOfWeekAbbr: ['søn.', 'man.', 'tirs.', 'ons.', 'tors.', 'fre.', 'lør.'],
  },
  legend: { selector: { all: 'Alle', inverse: 'Omvendt' } },
  toolbox: {
    brush: {
      title: {
        rect: 'Vælg med kasse',
        polygon: 'Vælg med lasso',
        lineX: 'Vælg vandret',
        lineY: 'Vælg lodret',
        keep: 'Behold valg',
        clear: 'Ryd valg',
      },
    },
    dataView: { title: 'Data', lang: ['Data', 'Luk', 'Opdater'] },
    dataZoom: { title: { zoom: 'Zoom', back: 'Nulstil zoom' } },
    magicType: { title: { line: 'Vis som linjer', bar: 'Vis som søjler', stack: 'Stablet', tiled: 'Side om side' } },
    restore: { title: 'Gendan' },
    saveAsImage: { title: 'Gem som billede', lang: ['Højreklik for at gemme billedet'] },
  },
  series: {
    typeNames: {
      pie: 'Cirkeldiagram',
      bar: 'Søjlediagram',
      line: 'Linjediagram',
      scatter: 'Punktdiagram',
      effectScatter: 'Punktdiagram med bølger',
      radar: 'Radardiagram',
      tree: 'Træ',
      treemap: 'Trækort',
      boxplot: 'Boksplot',
      candlestick: 'Lysestagediagram',
      k: 'K-linjediagram',
      heatmap: 'Varmekort',
      map: 'Kort',
      parallel: 'Parallelle koordinater',
      lines: 'Linjegraf',
      graph: 'Netværk',
      sankey: 'Sankeydiagram',
      funnel: 'Tragtdiagram',
      gauge: 'Måler',
      pictorialBar: 'Billedsøjler',
      themeRiver: 'Temaflod',
      sunburst: 'Solstråle',
      custom: 'Tilpasset diagram',
      chart: 'Diagram',
    },
  },
  aria: {
    general: { withTitle: 'Dette er et diagram om "{title}"', withoutTitle: 'Dette er et diagram' },
    series: {
      single: { prefix: '', withName: ' af typen {seriesType} med navnet {seriesName}.', withoutName: ' af typen {seriesType}.' },
      multiple: {
        prefix: '. Det består af {seriesCount} serier.',
        withName: ' Serie {seriesId} er et {seriesType}, der viser {seriesName}.',
        withoutName: ' Serie {seriesId} er et {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Data er: ',
      partialData: 'De første {displayCnt} punkter er: ',
      withName: '{name}: {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
});

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
  private language?: string;
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
    if (!container || !this.option) {
      return;
    }
    const option = this.resolve(JSON.parse(this.option)) as Record<string, unknown>;
    // the page's language, as the server sends it: month names, screen-reader sentences and decimal marks follow it
    const language = typeof option.samspilLocale === 'string' ? option.samspilLocale : 'en';
    delete option.samspilLocale;
    if (this.chart && this.language !== language) {
      this.chart.dispose();
      this.chart = undefined;
    }
    if (!this.chart) {
      // re-created after the element was moved (dispose() released the old instance) or the language changed
      this.chart = echarts.init(container, undefined, { renderer: 'svg', locale: language === 'da' ? 'DA' : 'EN' });
      this.language = language;
      this.chart.on('click', (params) => {
        const id = (params.data as { id?: string } | null | undefined)?.id;
        if (id !== undefined) {
          this.dispatchEvent(new CustomEvent('chart-click', { detail: { id } }));
        }
      });
    }
    this.localiseNumbers(option, language);
    // the pages' font, which ECharts does not take from the page by itself
    option.textStyle ??= { fontFamily: FONT_FAMILY };
    // people who asked their system for less motion get the chart drawn at once (WCAG 2.3.3)
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      option.animation = false;
    }
    this.chart.setOption(option as echarts.EChartsCoreOption, true);
  }

  /**
   * A value axis or tooltip without a formatter of its own writes its numbers as the page's language does
   * (3,5 on a Danish page); texts the server wrote are left as written.
   */
  private localiseNumbers(option: Record<string, unknown>, language: string) {
    const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const value = (v: unknown): string =>
      typeof v === 'number' ? numbers.format(v) : Array.isArray(v) ? v.map(value).join('; ') : v == null ? '–' : String(v);
    const series = option.series;
    const tooltips = [option.tooltip, ...(Array.isArray(series) ? series : series ? [series] : []).map((s) => (s as Record<string, unknown>).tooltip)];
    for (const tooltip of tooltips as (Record<string, unknown> | undefined)[]) {
      if (tooltip && tooltip.formatter === undefined && tooltip.valueFormatter === undefined) {
        tooltip.valueFormatter = value;
      }
    }
    for (const key of ['xAxis', 'yAxis']) {
      const axes = option[key];
      for (const axis of (Array.isArray(axes) ? axes : axes ? [axes] : []) as Record<string, unknown>[]) {
        if (axis.type !== 'value') {
          continue;
        }
        const label = (axis.axisLabel ?? {}) as Record<string, unknown>;
        if (label.formatter === undefined) {
          axis.axisLabel = { ...label, formatter: (value: number) => numbers.format(value) };
        }
      }
    }
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
