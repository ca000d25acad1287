sitrepSearchData("docs/d-b1vc",{"k":"place","n":["Belarus","Belorussia","Byelorussia","Republic of Belarus","Беларусь","Білорусь"],"t":"Belarus","u":"places/belarus.html","x":""});
