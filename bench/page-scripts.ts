/**
 * Scripts that run inside the browser. Kept as plain JavaScript source strings: tsx compiles bench
 * code with name-keeping helpers that do not exist in the page, so functions are not serialized.
 */

/** Records long tasks (with attribution) from the very start of the document. */
export const LONGTASK_RECORDER = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__benchLongTasks.push({
          start: entry.startTime,
          duration: entry.duration,
          attribution: (entry.attribution || []).map((a) => ({
            name: a.name, containerType: a.containerType, containerSrc: a.containerSrc, containerName: a.containerName,
          })),
        });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__benchLongTasks = null;
  }
})()`;

/**
 * A storm of DOM mutations, like a busy webmail (live counters, chat, lazy rendering): every 16 ms it
 * adds, removes and modifies nodes in the thread area and elsewhere. Resolves with the window and count.
 */
export function stormScript(durationMs: number, threadSelector: string): string {
  return `(async () => {
    const durationMs = ${JSON.stringify(durationMs)};
    const thread = document.querySelector(${JSON.stringify(threadSelector)}) || document.body;
    const elsewhere = document.createElement('div');
    elsewhere.setAttribute('role', 'complementary');
    document.body.appendChild(elsewhere);
    const added = [];
    let mutations = 0;
    let tick = 0;
    const originalTitle = document.title;
    const existing = Array.from(thread.querySelectorAll('div, span')).slice(0, 500);
    const start = performance.now();
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        tick++;
        for (let i = 0; i < 5; i++) {
          const inThread = document.createElement('div');
          inThread.className = 'bench-storm';
          inThread.textContent = 'update ' + tick + '.' + i;
          thread.appendChild(inThread);
          const outside = document.createElement('span');
          outside.textContent = 'notification ' + tick + '.' + i;
          elsewhere.appendChild(outside);
          added.push(inThread, outside);
          mutations += 2;
        }
        while (added.length > 40) { added.shift().remove(); mutations++; }
        if (existing.length) {
          const target = existing[tick % existing.length];
          target.setAttribute('data-bench-tick', String(tick));
          target.classList.toggle('bench-hover');
          mutations += 2;
        }
        elsewhere.firstChild && (elsewhere.firstChild.textContent = 'unread ' + tick);
        if (tick % 60 === 0) { document.title = '(' + (tick / 60) + ') ' + originalTitle; mutations++; }
        if (performance.now() - start >= durationMs) { clearInterval(timer); resolve(); }
      }, 16);
    });
    const end = performance.now();
    for (const node of added) node.remove();
    elsewhere.remove();
    document.title = originalTitle;
    return { start, end, mutations };
  })()`;
}

/** Long tasks recorded between two page timestamps. */
export function longTasksBetween(start: number, end: number): string {
  return `window.__benchLongTasks && window.__benchLongTasks.filter((t) => t.start >= ${start} && t.start <= ${end})`;
}
