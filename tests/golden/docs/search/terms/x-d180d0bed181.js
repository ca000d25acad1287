sitrepSearchData("terms/x-d180d0bed181",{"росгвардия":"Cx_u6","россии":"DAP12","россиискои":"DAP12","россия":"Lxxg6","росія":"Lxxg6","росіі":"DAP12"});
