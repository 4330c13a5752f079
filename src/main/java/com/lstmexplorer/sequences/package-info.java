/** Users' own sequences, typed or uploaded: decoding, limits and vocabulary checks with precise messages. */
package com.lstmexplorer.sequences;
