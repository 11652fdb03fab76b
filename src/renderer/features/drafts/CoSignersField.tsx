import { memo, useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CO_SIGNERS_MAX, DRAFT_LINE_MAX, type CoSigner, type DraftKind } from '../../../shared/domain/draft';
import { ListField, RowActions, type ListItemProps } from './ListField';
import { mergeCoSigners } from './parse-co-signers';
import { PasteCoSignersDialog } from './PasteCoSignersDialog';

interface CoSignersFieldProps {
  prefix: string;
  kind: DraftKind;
  minCoSigners: number;
  initial: readonly CoSigner[];
  onChange: (coSigners: CoSigner[]) => void;
}

const EMPTY_SIGNER: CoSigner = { name: '', delegation: '', deputyNumber: '' };
type Part = keyof CoSigner;

/** Co-signers: rows of name, delegation and deputy number; add, remove, reorder, or paste a whole list. */
export const CoSignersField = memo(function CoSignersField({ prefix, kind, minCoSigners, initial, onChange }: CoSignersFieldProps) {
  const { t } = useTranslation();
  const [pasting, setPasting] = useState(false);
  const headingId = `${prefix}-coSigners-heading`;
  const idOf = useCallback(
    (index: number, part: string) => (part === 'name' ? `${prefix}-coSigner-${index}` : `${prefix}-coSigner-${index}-${part}`),
    [prefix],
  );
  const wrap = (rows: ReactNode, count: number) =>
    count > 0 && (
      <table className="co-signer-table">
        <caption className="visually-hidden">{t('editor.coSigners')}</caption>
        <thead>
          <tr>
            <th scope="col" className="co-signer-n">
              <span className="visually-hidden">{t('editor.coSignerRowHeader')}</span>
            </th>
            <th scope="col">{t('editor.coSignerName')}</th>
            <th scope="col">{t('editor.coSignerDelegation')}</th>
            <th scope="col">{t('editor.coSignerNumber')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('editor.coSignerActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    );

  return (
    <ListField
      initial={initial}
      onChange={onChange}
      idOf={idOf}
      firstPart="name"
      focusAfterRemove="remove"
      addId={`${prefix}-coSigners`}
      addLabel={t('editor.addCoSigner')}
      addDescribedBy={`${prefix}-coSigners-count`}
      max={CO_SIGNERS_MAX}
      empty={EMPTY_SIGNER}
      Item={CoSignerRow}
      labelledBy={headingId}
      testId="co-signers"
      wrap={wrap}
      header={({ values }) => {
        const named = values.filter((value) => value.name.trim() !== '').length;
        return (
          <>
            <h3 id={headingId} className="draft-section-title">
              {t('editor.coSigners')}
            </h3>
            <p className="field-hint" id={`${prefix}-coSigners-count`}>
              {kind === 'proposal'
                ? t('editor.coSignersCountProposal', { count: named, need: minCoSigners })
                : t('editor.coSignersCountSuggestion', { count: named })}
            </p>
          </>
        );
      }}
      extraActions={(list) => (
        <>
          <button type="button" className="text-button" onClick={() => setPasting(true)}>
            {t('editor.pasteCoSigners')}
          </button>
          {pasting && (
            <PasteCoSignersDialog
              onClose={() => setPasting(false)}
              onAdd={(added) => {
                const merged = mergeCoSigners(list.values, added).slice(0, CO_SIGNERS_MAX);
                setPasting(false);
                list.replaceAll(merged);
              }}
            />
          )}
        </>
      )}
    />
  );
});

const PARTS: Part[] = ['name', 'delegation', 'deputyNumber'];
const PART_LABELS = {
  name: 'editor.coSignerNameOf',
  delegation: 'editor.coSignerDelegationOf',
  deputyNumber: 'editor.coSignerNumberOf',
} as const;

const CoSignerRow = memo(function CoSignerRow({ item, index, count, idOf, onChange, onMove, onRemove }: ListItemProps<CoSigner>) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <tr className="co-signer-row">
      <td className="co-signer-n" aria-hidden="true">
        {n}
      </td>
      {PARTS.map((part) => (
        <td key={part}>
          <input
            id={idOf(index, part)}
            className="draft-input"
            value={item.value[part]}
            maxLength={DRAFT_LINE_MAX}
            aria-label={t(PART_LABELS[part], { n })}
            onChange={(event) => onChange(item.key, { ...item.value, [part]: event.target.value })}
          />
        </td>
      ))}
      <td>
        <RowActions
          index={index}
          count={count}
          idOf={idOf}
          onMove={onMove}
          onRemove={onRemove}
          labels={{
            group: t('editor.coSignerRow', { n }),
            up: t('editor.moveCoSignerUp', { n }),
            down: t('editor.moveCoSignerDown', { n }),
            remove: t('editor.removeCoSigner', { n }),
          }}
        />
      </td>
    </tr>
  );
});
