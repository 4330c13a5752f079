/** Web plumbing shared by every feature: errors as RFC 9457 problem bodies. */
package com.lstmexplorer.web;
