/** STOMP over a plain WebSocket at /ws: the broker, its send limits, and who is subscribed to which topic. */
package com.lstmexplorer.live;
