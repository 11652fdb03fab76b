import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeDelivery } from '../../app/deliver';
import { errorText } from '../../app/error-message';
import { formatDateTime } from '../../app/date-format';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { FileButton } from '../../components/FileButton';
import { coSignRefusalText, shortHash } from './cosign-refusal-text';
import './cosign.css';

interface CoSigningPanelProps {
  draftId: string;
  /** Saves what is typed; false when it could not be saved. */
  flush: () => Promise<boolean>;
  notify: (notice: WorkspaceNotice | null) => void;
}

/** The lead deputy's co-signing: the packet out, the co-signers' confirmations in, each shown for the text it confirmed. */
export function CoSigningPanel({ draftId, flush, notify }: CoSigningPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const status = useApiQuery('cosign.status', { draftId });
  const exportPacket = useApiMutation('cosign.exportPacket');
  const importConfirmation = useApiMutation('cosign.importConfirmation');
  const [deadline, setDeadline] = useState('');
  const [refused, setRefused] = useState<{ name: string; message: string } | null>(null);
  const data = status.data;
  const latest = data?.packets[0];

  const onExport = async () => {
    setRefused(null);
    try {
      if (!(await flush())) return notify({ key: 'editor.exportNeedsSave', tone: 'error' });
      const outcome = completeDelivery(await exportPacket.mutateAsync({ draftId, deadline }));
      if (outcome.kind === 'saved') notify({ key: 'cosign.packetSaved', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded')
        notify({ key: 'cosign.packetDownloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      notify({ key: 'cosign.exportFailed', values: { message: errorText(error) }, tone: 'error' });
    }
  };

  const onImport = async (file: File) => {
    setRefused(null);
    try {
      await flush();
      const result = await importConfirmation.mutateAsync({ draftId, text: await file.text() });
      if ('refused' in result) return setRefused({ name: file.name, message: coSignRefusalText(result.refused, t) });
      const { confirmation, alreadyHad } = result;
      const key = alreadyHad
        ? 'cosign.confirmationAlreadyHad'
        : confirmation.current
          ? 'cosign.confirmationImported'
          : 'cosign.confirmationImportedStale';
      notify({ key, values: { name: confirmation.signer.name }, tone: confirmation.current ? 'info' : 'warning' });
    } catch (error) {
      notify({ key: 'cosign.importFailed', values: { name: file.name, message: errorText(error) }, tone: 'error' });
    }
  };

  return (
    <section className="draft-section cosign-panel" aria-labelledby={`${id}-title`} data-testid="co-signing">
      <h3 id={`${id}-title`} className="draft-section-title">
        {t('cosign.title')}
      </h3>
      <p className="field-hint">{t('cosign.hint')}</p>
      {data && (
        <p className="cosign-fingerprint" data-testid="cosign-fingerprint">
          {t('cosign.fingerprint', { hash: shortHash(data.textHash) })}
        </p>
      )}
      <div className="cosign-actions">
        <div className="field field--inline">
          <label htmlFor={`${id}-deadline`} className="field-label">
            {t('cosign.deadline')}
          </label>
          <input
            id={`${id}-deadline`}
            type="date"
            className="draft-input"
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
          />
        </div>
        <button type="button" className="text-button" onClick={() => void onExport()} disabled={exportPacket.isPending}>
          {t(exportPacket.isPending ? 'cosign.exporting' : 'cosign.exportPacket')}
        </button>
        <FileButton
          className="text-button"
          label={t('cosign.importConfirmation')}
          accept=".json,application/json"
          testId="cosign-confirmation-file"
          onFile={(file) => void onImport(file)}
        />
      </div>
      {latest && (
        <p className="field-hint">
          {t('cosign.packetsSent', { count: data.packets.length, date: formatDateTime(latest.createdAt, i18n.language) })}
        </p>
      )}
      {refused && (
        <div className="cosign-refused" role="alert" data-testid="cosign-refusal">
          <p>{t('cosign.refusedTitle', { name: refused.name })}</p>
          <p>{refused.message}</p>
        </div>
      )}
      <h4 className="cosign-subtitle">{t('cosign.confirmationsTitle')}</h4>
      {data && data.confirmations.length === 0 && <p className="panel-empty">{t('cosign.noConfirmations')}</p>}
      {data && data.confirmations.length > 0 && (
        <table className="co-signer-table cosign-table" data-testid="cosign-confirmations">
          <caption className="visually-hidden">{t('cosign.confirmationsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cosign.signer')}</th>
              <th scope="col">{t('editor.coSignerDelegation')}</th>
              <th scope="col">{t('editor.coSignerNumber')}</th>
              <th scope="col">{t('cosign.confirmedAt')}</th>
              <th scope="col">{t('cosign.state')}</th>
            </tr>
          </thead>
          <tbody>
            {data.confirmations.map((c) => (
              <tr key={c.id} data-state={c.current ? 'current' : 'stale'}>
                <td>{c.signer.name}</td>
                <td>{c.signer.delegation}</td>
                <td>{c.signer.deputyNumber}</td>
                <td>{formatDateTime(c.confirmedAt, i18n.language)}</td>
                <td>
                  <span className={`cosign-state cosign-state--${c.current ? 'current' : 'stale'}`}>
                    <span aria-hidden="true">{c.current ? '✓ ' : '⚠ '}</span>
                    {c.current ? t('cosign.current') : t('cosign.stale', { hash: shortHash(c.textHash) })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
