import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { FileButton } from '../../components/FileButton';
import { CoSignPacketDialog } from './CoSignPacketDialog';
import { coSignRefusalText } from './cosign-refusal-text';
import './cosign.css';

/** The co-signer's side, in the drafts list: packets other deputies sent to co-sign, opened from a file. */
export function CoSignRequests({ notify }: { notify: (notice: WorkspaceNotice | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const requests = useApiQuery('cosign.requests', {});
  const importPacket = useApiMutation('cosign.importPacket');
  const [open, setOpen] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ name: string; message: string } | null>(null);

  const onFile = async (file: File) => {
    setRefused(null);
    try {
      const result = await importPacket.mutateAsync({ text: await file.text() });
      if ('refused' in result) return setRefused({ name: file.name, message: coSignRefusalText(result.refused, t) });
      setOpen(result.packetId);
    } catch (error) {
      notify({ key: 'cosign.importFailed', values: { name: file.name, message: errorText(error) }, tone: 'error' });
    }
  };

  return (
    <section className="cosign-requests" aria-labelledby={`${id}-title`} data-testid="cosign-requests">
      <h3 id={`${id}-title`} className="side-panel-title">
        {t('cosign.requestsTitle')}
      </h3>
      <FileButton
        className="text-button text-button--small"
        label={t('cosign.openPacket')}
        accept=".json,application/json"
        testId="cosign-packet-file"
        onFile={(file) => void onFile(file)}
      />
      {refused && (
        <div className="cosign-refused" role="alert" data-testid="cosign-packet-refusal">
          <p>{t('cosign.refusedTitle', { name: refused.name })}</p>
          <p>{refused.message}</p>
        </div>
      )}
      {requests.data && requests.data.length === 0 && <p className="field-hint">{t('cosign.noRequests')}</p>}
      {requests.data && requests.data.length > 0 && (
        <ul className="cosign-request-list">
          {requests.data.map((r) => (
            <li key={r.packetId}>
              <button type="button" className="link-button cosign-request" onClick={() => setOpen(r.packetId)}>
                {r.title} <span className="field-hint">{t('cosign.requestFrom', { name: r.lead.name })}</span>
                {r.confirmedAt && <span className="cosign-state cosign-state--current"> ✓ {t('cosign.requestConfirmed')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && <CoSignPacketDialog packetId={open} onClose={() => setOpen(null)} notify={notify} />}
    </section>
  );
}
