// The part of Apache ECharts summary.html draws with: bar, line and pie charts, drawn as SVG, in Chinese.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langZH from 'echarts/lib/i18n/langZH.js';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);
echarts.registerLocale('ZH', langZH);
globalThis.echarts = echarts;
