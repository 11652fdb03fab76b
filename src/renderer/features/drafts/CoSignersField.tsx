import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CO_SIGNERS_MAX, DRAFT_LINE_MAX, type CoSigner, type DraftKind } from '../../../shared/domain/draft';
import { mergeCoSigners } from './parse-co-signers';
import { PasteCoSignersDialog } from './PasteCoSignersDialog';
import { useKeyedList, type Keyed } from './useKeyedList';

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
  const { items, itemsRef, setAt, append, replaceAll, move, remove } = useKeyedList(initial, onChange);
  const [pasting, setPasting] = useState(false);
  const named = items.filter((item) => item.value.name.trim() !== '').length;
  const headingId = `${prefix}-coSigners-heading`;

  const idOf = useCallback(
    (index: number, part: string) => (part === 'name' ? `${prefix}-coSigner-${index}` : `${prefix}-coSigner-${index}-${part}`),
    [prefix],
  );
  const onMove = useCallback(
    (index: number, delta: -1 | 1) => {
      const to = index + delta;
      const canAgain = delta === -1 ? to > 0 : to < itemsRef.current.length - 1;
      move(index, delta, idOf(to, (delta === -1) === canAgain ? 'up' : 'down'));
    },
    [itemsRef, move, idOf],
  );
  const onRemove = useCallback(
    (index: number) => {
      const next = itemsRef.current.length - 1;
      remove(index, next === 0 ? `${prefix}-coSigners` : idOf(Math.min(index, next - 1), 'remove'));
    },
    [itemsRef, remove, idOf, prefix],
  );

  return (
    <section className="draft-section" aria-labelledby={headingId} data-testid="co-signers">
      <h3 id={headingId} className="draft-section-title">
        {t('editor.coSigners')}
      </h3>
      <p className="field-hint" id={`${prefix}-coSigners-count`}>
        {kind === 'proposal'
          ? t('editor.coSignersCountProposal', { count: named, need: minCoSigners })
          : t('editor.coSignersCountSuggestion', { count: named })}
      </p>
      {items.length > 0 && (
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
          <tbody>
            {items.map((item, index) => (
              <CoSignerRow
                key={item.key}
                item={item}
                index={index}
                count={items.length}
                idOf={idOf}
                onChange={setAt}
                onMove={onMove}
                onRemove={onRemove}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="section-actions">
        <button
          type="button"
          id={`${prefix}-coSigners`}
          className="text-button"
          disabled={items.length >= CO_SIGNERS_MAX}
          onClick={() => append([EMPTY_SIGNER], idOf(items.length, 'name'))}
          aria-describedby={`${prefix}-coSigners-count`}
        >
          <span aria-hidden="true">+ </span>
          {t('editor.addCoSigner')}
        </button>
        <button type="button" className="text-button" onClick={() => setPasting(true)}>
          {t('editor.pasteCoSigners')}
        </button>
      </div>
      {pasting && (
        <PasteCoSignersDialog
          onClose={() => setPasting(false)}
          onAdd={(added) => {
            const merged = mergeCoSigners(
              itemsRef.current.map((i) => i.value),
              added,
            ).slice(0, CO_SIGNERS_MAX);
            setPasting(false);
            replaceAll(merged);
          }}
        />
      )}
    </section>
  );
});

interface CoSignerRowProps {
  item: Keyed<CoSigner>;
  index: number;
  count: number;
  idOf: (index: number, part: string) => string;
  onChange: (key: number, value: CoSigner) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}

const PARTS: Part[] = ['name', 'delegation', 'deputyNumber'];
const PART_LABELS = {
  name: 'editor.coSignerNameOf',
  delegation: 'editor.coSignerDelegationOf',
  deputyNumber: 'editor.coSignerNumberOf',
} as const;

const CoSignerRow = memo(function CoSignerRow({ item, index, count, idOf, onChange, onMove, onRemove }: CoSignerRowProps) {
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
        <div className="row-actions" role="group" aria-label={t('editor.coSignerRow', { n })}>
          <button
            type="button"
            id={idOf(index, 'up')}
            className="icon-button row-button"
            disabled={index === 0}
            aria-label={t('editor.moveCoSignerUp', { n })}
            title={t('editor.moveCoSignerUp', { n })}
            onClick={() => onMove(index, -1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            id={idOf(index, 'down')}
            className="icon-button row-button"
            disabled={index === count - 1}
            aria-label={t('editor.moveCoSignerDown', { n })}
            title={t('editor.moveCoSignerDown', { n })}
            onClick={() => onMove(index, 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            id={idOf(index, 'remove')}
            className="icon-button row-button"
            aria-label={t('editor.removeCoSigner', { n })}
            title={t('editor.removeCoSigner', { n })}
            onClick={() => onRemove(index)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </td>
    </tr>
  );
});
