/** The HTML pages (gallery, live run, saved network) that load the explorer's ES modules from {@code frontend/}. */
package com.lstmexplorer.pages;
