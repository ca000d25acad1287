sitrepSearchData("docs/d-hqrx",{"k":"weapon","n":["GAZ-51","ГАЗ-51"],"t":"GAZ-51","u":"weapons/gaz-51.html","x":"Soviet 2.5-tonne general-purpose truck built from 1946."});
