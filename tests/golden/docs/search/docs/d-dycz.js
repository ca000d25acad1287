sitrepSearchData("docs/d-dycz",{"k":"place","n":["Kursk Oblast","Kursk","Kursk Region","Kursk province","Kursk region","Курская область"],"t":"Kursk Oblast","u":"places/kursk-oblast.html","x":""});
