export { jumpToParagraph } from '../../app/reading/jump-to-paragraph';
export { excerpt } from '../../components/excerpt';
