sitrepSearchData("terms/t-nat",{"national":"Cx_uazDSn8KGFta","nato":"x-Cf8DHM68GYVu6"});
