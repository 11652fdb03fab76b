import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERFACE_ZOOM_MAX, INTERFACE_ZOOM_MIN } from '../../../shared/domain/settings';
import { findIpcBridge } from '../../api/ipc-transport';
import { applyInterfaceZoomCommand, interfaceZoomCommandForKey, showInterfaceZoom } from './interface-zoom';

interface InterfaceZoomControlProps {
  zoom: number;
  onChange: (zoom: number) => void;
  /** "Ctrl+" or "⌘". */
  mod: string;
}

/** −/+ for the size of the whole interface, the Ctrl/Cmd + = / - / 0 shortcuts, and the zoom shown. */
export function InterfaceZoomControl({ zoom, onChange, mod }: InterfaceZoomControlProps) {
  const { t } = useTranslation();

  useEffect(() => {
    showInterfaceZoom(document.documentElement, zoom, findIpcBridge() !== null);
  }, [zoom]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = interfaceZoomCommandForKey(event);
      if (!command) return;
      event.preventDefault();
      const next = applyInterfaceZoomCommand(zoom, command);
      if (next !== zoom) onChange(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [zoom, onChange]);

  const zoomOut = t('interfaceZoom.decrease');
  const zoomIn = t('interfaceZoom.increase');
  return (
    <div className="control-group" role="group" aria-label={t('interfaceZoom.label')}>
      <button
        type="button"
        className="icon-button"
        aria-label={zoomOut}
        title={t('interfaceZoom.title', { action: zoomOut, shortcut: `${mod}-` })}
        aria-keyshortcuts="Control+- Meta+-"
        disabled={zoom <= INTERFACE_ZOOM_MIN}
        onClick={() => onChange(applyInterfaceZoomCommand(zoom, 'zoom.out'))}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="text-button zoom-value"
        aria-label={t('interfaceZoom.resetLabel', { zoom })}
        title={t('interfaceZoom.title', { action: t('interfaceZoom.reset'), shortcut: `${mod}0` })}
        aria-keyshortcuts="Control+0 Meta+0"
        onClick={() => onChange(applyInterfaceZoomCommand(zoom, 'zoom.reset'))}
        data-testid="interface-zoom-value"
      >
        {t('interfaceZoom.value', { zoom })}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={zoomIn}
        title={t('interfaceZoom.title', { action: zoomIn, shortcut: `${mod}=` })}
        aria-keyshortcuts="Control+= Meta+="
        disabled={zoom >= INTERFACE_ZOOM_MAX}
        onClick={() => onChange(applyInterfaceZoomCommand(zoom, 'zoom.in'))}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
