sitrepSearchData("terms/t-por",{"portugal":"HGRk8"});
