import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** First Tab stop: jump over the header straight to the page (keyboard and switch users). */
export const SkipLink = ({ targetId }: { targetId: string }) => {
  const { t } = useTranslation();
  return (
    <a
      className={classes.link}
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus, not navigation: a hash change would be noise in the bridge's URL handling.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
};
