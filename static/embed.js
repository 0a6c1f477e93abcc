/*
 * Smart Africa ICT Indicators — embed sizing script (MIT licence).
 * Put it once on a page with one or more embedded charts:
 *   <iframe src="https://…/embed/compare?…" data-sa-ict-embed width="100%" height="600" style="border:0"></iframe>
 *   <script src="https://…/embed.js" async></script>
 * Each embed posts { type: 'sa-ict-embed:size', height } to its parent when it loads and when its content
 * changes height; this script sets the height of the iframe the message came from. It only accepts
 * messages from the origin the iframe was loaded from. It also asks every embed for its size when it
 * starts, so the order in which the script and the iframes load does not matter.
 * Protocol: docs/embeds.md (src/lib/share/embed-protocol.ts is the embed side).
 */
(function () {
	'use strict';
	if (window.__saIctEmbed) return;
	window.__saIctEmbed = true;

	var SIZE = 'sa-ict-embed:size';
	var REQUEST = 'sa-ict-embed:request-size';

	function frames() {
		return Array.prototype.slice.call(document.querySelectorAll('iframe[data-sa-ict-embed]'));
	}

	function originOf(frame) {
		try {
			return new URL(frame.src, document.baseURI).origin;
		} catch (e) {
			return null;
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== SIZE || typeof data.height !== 'number' || !isFinite(data.height)) return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var frame = list[i];
			if (frame.contentWindow !== event.source) continue;
			if (originOf(frame) !== event.origin) return;
			var height = Math.max(100, Math.min(20000, Math.ceil(data.height)));
			frame.style.height = height + 'px';
			frame.setAttribute('height', String(height));
			return;
		}
	});

	// An iframe that has not loaded its embed yet still holds about:blank: a message for the embed's origin
	// would be refused there, and the browser logs that on the host page. Such a frame is asked on load.
	function showsEmbed(frame) {
		try {
			var href = frame.contentWindow.location.href;
			return href !== 'about:blank' && new URL(href).origin === originOf(frame);
		} catch (e) {
			return true; // another origin's document, which only the embed can be
		}
	}

	function ask(frame) {
		var origin = originOf(frame);
		if (origin && frame.contentWindow && showsEmbed(frame)) frame.contentWindow.postMessage({ type: REQUEST }, origin);
	}

	function askAll() {
		frames().forEach(function (frame) {
			ask(frame);
			if (!frame.__saIctListening) {
				frame.__saIctListening = true;
				frame.addEventListener('load', function () {
					ask(frame);
				});
			}
		});
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll);
	else askAll();
})();
