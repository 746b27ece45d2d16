import {getTestLocale} from './locale';
import {globalData} from './useGlobalData';

export default function useDocusaurusContext() {
  const currentLocale = getTestLocale();
  return {
    siteConfig: {baseUrl: '/', title: 'Docker Course Notes'},
    globalData,
    i18n: {currentLocale, defaultLocale: 'en', locales: ['en', 'es'], localeConfigs: {}},
  };
}
