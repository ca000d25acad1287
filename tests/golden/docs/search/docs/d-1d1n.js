sitrepSearchData("docs/d-1d1n",{"k":"place","n":["Balakliia","Balakleya","Balakliya","Балаклея","Балаклія"],"t":"Balakliia","u":"places/balakliia.html","x":""});
