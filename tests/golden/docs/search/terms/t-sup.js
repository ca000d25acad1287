sitrepSearchData("terms/t-sup",{"superior":"FFSl8","supplied":"DTIn8xOFu8yw-v8zWAp8","supply":"FFSl8GONh8","supplying":"FFSl8","support":"FFSlg"});
