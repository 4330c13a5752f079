/** Test support shared by every feature's tests: a plain HTTP client for the app under test on its random port. */
package com.lstmexplorer.testing;
