// A misspelt option: tests/browser/package.test.mjs expects tsc to reject it.
import WhoSaid from 'whosaid';

WhoSaid.init({ rooot: 'article' });
