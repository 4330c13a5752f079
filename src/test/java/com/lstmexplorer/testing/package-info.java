/** Test support shared by every feature's tests: a plain HTTP client for the app under test on its random port, and the app run as a process of its own. */
package com.lstmexplorer.testing;
