sitrepSearchData("docs/d-9v36",{"k":"place","n":["Kharkiv","Kharkov","Харков","Харків","Харьков"],"t":"Kharkiv","u":"places/kharkiv.html","x":""});
