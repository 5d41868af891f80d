// Records long tasks (over 50 ms on the page's main thread) for the test to read.
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
}).observe({ type: 'longtask', buffered: true });
