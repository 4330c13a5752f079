/** Web plumbing shared by every feature: errors (engine checks, unreadable JSON) as RFC 9457 problem bodies. */
package com.lstmexplorer.web;
