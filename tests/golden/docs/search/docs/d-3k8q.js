sitrepSearchData("docs/d-3k8q",{"k":"place","n":["Toretsk","Dzerzhinsk","Dzerzhynsk","Дзержинск","Дзержинськ","Торецк","Торецьк"],"t":"Toretsk","u":"places/toretsk.html","x":""});
