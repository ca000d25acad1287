sitrepSearchData("terms/t-ger",{"german":"FFSl8yw-v8","germany":"HGRk8"});
