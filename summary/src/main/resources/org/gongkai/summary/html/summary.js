// summary.html's own script: the charts (ECharts, inlined before this script) and the organ table's sorting and filters.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);

  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') return;
    var instance = echarts.init(element, null, { renderer: 'svg', locale: 'ZH' });
    instance.setOption(option);
    window.addEventListener('resize', function () { instance.resize(); });
  }

  var percent = function (value) {
    return data.handled > 0 ? (value * 100 / data.handled).toFixed(1) + '%' : '—';
  };
  chart('chart-outcomes', {
    tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + p.value + ' 件（' + percent(p.value) + '）'; } },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: data.outcomes,
      label: { formatter: function (p) { return p.name + '\n' + percent(p.value); } }
    }]
  });

  var ranking = data.ranking.slice().reverse();
  chart('chart-ranking', {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '件' },
    yAxis: { type: 'category', data: ranking.map(function (r) { return r.name; }), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{ type: 'bar', data: ranking.map(function (r) { return r.value; }), label: { show: true, position: 'right' }, itemStyle: { color: '#b71c1c' } }]
  });

  if (data.years.labels.length > 1) {
    chart('chart-years', {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 24, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: data.years.labels },
      yAxis: { type: 'value', name: '件' },
      series: data.years.series.map(function (s) { return { name: s.name, type: 'line', data: s.data, connectNulls: false }; })
    });
  } else {
    var years = document.getElementById('chart-years');
    years.style.height = 'auto';
    years.textContent = '只有一个年度的报告；给出多个年度的报告时，这里画出各项的逐年变化。';
  }

  // the organ table: sort by a heading (numbers as numbers, a figure not given first), filter by the controls
  var table = document.getElementById('organs');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var value = function (row, column) {
    var cell = row.cells[column];
    var v = cell.getAttribute('data-v');
    return v !== null ? v : cell.textContent;
  };
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, column) {
    var text = heading.getAttribute('data-type') === 'text';
    heading.addEventListener('click', function () {
      var ascending = heading.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var keyed = rows.map(function (row) { var v = value(row, column); return { row: row, key: text ? v : (parseFloat(v) || 0) }; });
      keyed.sort(function (a, b) {
        var order = text ? a.key.localeCompare(b.key, 'zh-CN') : a.key - b.key;
        return ascending ? order : -order;
      });
      var fragment = document.createDocumentFragment();
      keyed.forEach(function (k) { fragment.appendChild(k.row); });
      body.appendChild(fragment);
      rows = keyed.map(function (k) { return k.row; });
    });
  });
  var level = document.getElementById('f-level');
  var year = document.getElementById('f-year');
  var errors = document.getElementById('f-errors');
  var late = document.getElementById('f-late');
  var name = document.getElementById('f-name');
  var count = document.getElementById('f-count');
  function filter() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!level.value || row.getAttribute('data-level') === level.value)
        && (!year.value || row.getAttribute('data-year') === year.value)
        && (!errors.checked || row.getAttribute('data-errors') !== '0')
        && (!late.checked || row.getAttribute('data-late') === 'true')
        && (!name.value || row.cells[0].textContent.indexOf(name.value.trim()) >= 0);
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = '显示 ' + shown + ' / ' + rows.length + ' 份报告';
  }
  [level, year, errors, late].forEach(function (control) { control.addEventListener('change', filter); });
  name.addEventListener('input', filter);
  filter();
}());
