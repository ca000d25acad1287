sitrepSearchData("terms/t-leo",{"leopard":"FFSl8yw-v6","leopards":"FFSl8yw-v6"});
