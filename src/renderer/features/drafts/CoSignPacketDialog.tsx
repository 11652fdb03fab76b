import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/ModalDialog';
import { completeDelivery } from '../../app/deliver';
import { errorText } from '../../app/error-message';
import { formatDateTime } from '../../app/date-format';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { shortHash } from './cosign-refusal-text';

interface CoSignPacketDialogProps {
  packetId: string;
  onClose: () => void;
  notify: (notice: WorkspaceNotice | null) => void;
}

/** A co-signer reads another deputy's packet, as sent and read-only, and confirms it with a signed file. */
export function CoSignPacketDialog({ packetId, onClose, notify }: CoSignPacketDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const read = useApiQuery('cosign.request', { packetId });
  const confirm = useApiMutation('cosign.confirm');
  const request = read.data;

  const onConfirm = async () => {
    try {
      const outcome = completeDelivery(await confirm.mutateAsync({ packetId }));
      if (outcome.kind === 'saved') notify({ key: 'cosign.confirmationSaved', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded')
        notify({ key: 'cosign.confirmationDownloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      notify({ key: 'cosign.confirmFailed', values: { message: errorText(error) }, tone: 'error' });
    }
  };

  const packet = request?.packet;
  const signer = request?.signer ?? null;
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="cosign-dialog">
      <div className="editor-form" data-testid="cosign-packet-dialog">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('cosign.dialogTitle', { title: packet?.title ?? '' })}
        </h2>
        {read.error && (
          <p className="field-error" role="alert">
            {errorText(read.error)}
          </p>
        )}
        {packet && (
          <>
            <dl className="cosign-facts">
              <dt>{t('cosign.lead')}</dt>
              <dd>
                {t('cosign.leadValue', { name: packet.lead.name, delegation: packet.lead.delegation, number: packet.lead.deputyNumber })}
              </dd>
              <dt>{t('cosign.deadline')}</dt>
              <dd>{packet.deadline || t('cosign.noDeadline')}</dd>
            </dl>
            <p className="cosign-fingerprint">{t('cosign.fingerprint', { hash: shortHash(packet.textHash) })}</p>
            <div
              className="cosign-text"
              role="document"
              tabIndex={0}
              aria-label={t('cosign.textLabel')}
              lang={packet.language}
              data-testid="cosign-packet-text"
            >
              {packet.text}
            </div>
            {request.confirmedAt && (
              <p className="field-hint" data-testid="cosign-confirmed-on">
                {t('cosign.confirmedOn', { date: formatDateTime(request.confirmedAt, i18n.language) })}
              </p>
            )}
            {signer ? (
              <p className="field-hint">
                {t('cosign.signAs', { name: signer.name, delegation: signer.delegation, number: signer.deputyNumber })}
              </p>
            ) : (
              <p className="field-hint field-hint--error" role="alert">
                {t('cosign.needProfile')}
              </p>
            )}
          </>
        )}
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {t('cosign.close')}
          </button>
          <button
            type="button"
            className="primary-button"
            disabled={!signer || confirm.isPending}
            onClick={() => void onConfirm()}
            data-testid="cosign-confirm"
          >
            {t('cosign.confirm')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
