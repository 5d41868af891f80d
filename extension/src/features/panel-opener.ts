// The toolbar button opens Etalase's panel: Chrome's side panel, Firefox's sidebar.
import browser from 'webextension-polyfill';
import type { Feature } from './feature.js';

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

export const panelOpener: Feature = {
  id: 'panel-opener',
  runsIn: 'background',
  async init(signal) {
    const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome
      ?.sidePanel;
    if (sidePanel) {
      await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
      return;
    }
    // Firefox: the click is a user action, so the sidebar may open from it.
    const open = () => void browser.sidebarAction.toggle();
    browser.action.onClicked.addListener(open);
    signal.addEventListener('abort', () => browser.action.onClicked.removeListener(open));
  },
};
