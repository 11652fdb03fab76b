// The DOCX exports in the official document layout (GB/T 9704-2012).
export { buildDraftDocx } from './draft-docx';
export { buildDeliberationNotesDocx, type DeliberationNotesInput } from './notes-docx';
export { buildOfficialDocx, type Block, type OfficialDocumentInput } from './official-document';
