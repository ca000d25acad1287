sitrepSearchData("terms/t-wro",{"wrote":"NRB88H_Uc8"});
