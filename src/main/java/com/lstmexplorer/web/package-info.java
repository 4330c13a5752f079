/**
 * Web plumbing shared by every feature: every error body as an RFC 9457 {@code application/problem+json}, from
 * engine checks and unreadable JSON to requests Tomcat refuses before the application sees them.
 */
package com.lstmexplorer.web;
