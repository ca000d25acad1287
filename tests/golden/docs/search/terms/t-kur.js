sitrepSearchData("terms/t-kur",{"kursk":"NRB8pyCQb6"});
