sitrepSearchData("terms/t-tan",{"tank":"zLY28yGOf8zLE48yw-v8zWApaDKQn8AJD08x-Yn8","tanks":"FFSlxgyFVt8LJBi8"});
