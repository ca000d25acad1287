sitrepSearchData("terms/t-leo",{"leopard":"HGRk6GEJu8","leopards":"HGRk6GEJu8"});
