/**
 * Who holds each snapshot and what they may do with it: publish it in the gallery, withdraw it, delete their copy.
 */
package com.lstmexplorer.snapshots.ownership;
