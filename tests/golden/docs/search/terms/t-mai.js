sitrepSearchData("terms/t-mai",{"main":"FFSl8yw-v8zWApaATJp8DAJug","maintain":"FFSl8"});
