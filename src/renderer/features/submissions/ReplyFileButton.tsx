import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64 } from '../../app/base64';
import { checkImportFile, exceedsWebHostLimit, IMPORT_ACCEPT, MAX_IMPORT_BYTES } from '../../app/import-file';
import { importErrorMessage } from '../../app/import-refusal-message';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { FileButton } from '../../components/FileButton';

/** "Take the text from a file…": a reply received as Word, PDF or text; its text (read in the capped worker) goes to `onText`. */
export function ReplyFileButton({ onText }: { onText: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const read = useApiMutation('submission.readReplyFile');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const take = async (file: File) => {
    setMessage(null);
    if (checkImportFile(file) === 'tooLarge' || exceedsWebHostLimit(file)) {
      return setMessage({ text: t('submissions.replyFile.tooLarge', { limit: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }), error: true });
    }
    try {
      const answer = await read.mutateAsync({ fileName: file.name, base64: await fileToBase64(file) });
      onText(answer.text);
      setMessage({ text: t('submissions.replyFile.taken', { fileName: answer.fileName }), error: false });
    } catch (error) {
      setMessage({ text: importErrorMessage(error, t, i18n.language) ?? errorText(error), error: true });
    }
  };

  return (
    <div className="reply-file">
      <FileButton
        className="text-button"
        aria-disabled={read.isPending || undefined}
        label={t(read.isPending ? 'submissions.replyFile.reading' : 'submissions.replyFile.button')}
        accept={IMPORT_ACCEPT}
        testId="reply-file-input"
        onFile={(file) => void take(file)}
      />
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'field-error' : 'field-hint'}
          data-testid="reply-file-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
