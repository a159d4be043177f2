(function(){var r=document.documentElement;addEventListener('pagereveal',function(e){var n=null;try{n=JSON.parse(sessionStorage.getItem('slidejar-nav')||'null');sessionStorage.removeItem('slidejar-nav');}catch(x){}
var no=+r.getAttribute('data-slidejar-no'),q=location.search,t='';if(n&&n.to===no&&!/[?&](print|embedded)=true/.test(q)&&!matchMedia('(prefers-reduced-motion: reduce)').matches){
t=n.dir>0?n.transition:(r.getAttribute('data-slidejar-transition')||'');var p={'slide-left':'slide-left | slide-right','slide-right':'slide-right | slide-left','slide-up':'slide-up | slide-down','slide-down':'slide-down | slide-up'};
if(t){t=t.indexOf('|')>=0?t:(p[t]||t);if(t.indexOf('|')>=0)t=t.split('|')[n.dir<0?1:0].trim();}}
if(n&&n.to===no)r.setAttribute('data-slidejar-transition-played',t||'none');if(!e.viewTransition)return;if(!t||t==='none')e.viewTransition.skipTransition();else e.viewTransition.types.add('sj-'+t);});})();
