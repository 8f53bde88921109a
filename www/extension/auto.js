// whosaid extension: runs after content.js on the sites the user chose in the options.
'use strict';
globalThis.whosaidRun('on');
