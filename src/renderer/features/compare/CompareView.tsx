import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/query/useApiQuery';
import { DocumentCompare } from './DocumentCompare';
import { VersionCompare } from './VersionCompare';
import './compare.css';

export const COMPARE_MAIN_ID = 'compare-main';

type Mode = 'versions' | 'documents';

interface CompareViewProps {
  documentId: string;
  title: string;
}

/**
 * The comparison view: two versions of the open document, or two documents of the library (this
 * year's report against last year's). A document with one version opens on the two documents.
 */
export function CompareView({ documentId, title }: CompareViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const versions = useApiQuery('document.versions', { documentId });
  const [chosen, setChosen] = useState<{ documentId: string; mode: Mode } | null>(null);
  const byDefault: Mode = versions.isSuccess && versions.data.length < 2 ? 'documents' : 'versions';
  const mode = chosen?.documentId === documentId ? chosen.mode : byDefault;
  const header = (
    <>
      <h2 id={`${id}-title`} className="cmp-title">
        {mode === 'versions' ? t('compare.title', { title }) : t('compare.docs.title')}
      </h2>
      <fieldset className="cmp-layout cmp-mode">
        <legend className="field-label">{t('compare.mode')}</legend>
        {(['versions', 'documents'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-mode`} checked={mode === value} onChange={() => setChosen({ documentId, mode: value })} />{' '}
            {t(value === 'versions' ? 'compare.modeVersions' : 'compare.modeDocuments')}
          </label>
        ))}
      </fieldset>
    </>
  );
  return (
    <main id={COMPARE_MAIN_ID} className="cmp-view" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="compare-view">
      {mode === 'versions' ? (
        <VersionCompare documentId={documentId} title={title} header={header} versions={versions.data} />
      ) : (
        <DocumentCompare documentId={documentId} header={header} />
      )}
    </main>
  );
}
